"""The form engine: renders any `forms.definition.FormDefinition` as Qt widgets."""

from desktop.forms.form_widget import FormWidget

__all__ = ["FormWidget"]
