"""The window's actions for cards and USB bundles, in the Go menu next to "Sync now".

They belong to the window (which outlives each session's workspace); the workspace says which
of them the logged-in role may use (`configure`), and the window turns them all off while
nobody is signed in (`set_signed_in`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def _action(window: QMainWindow, name: str) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    window.addAction(action)
    return action


class CardActions(QObject):
    """ "Read a card from a picture…" goes after the pages of the Go menu; the three bundle
    actions in a group of their own after "Sync now"."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.read_card = _action(window, "actionReadCardPicture")
        self.export_bundle = _action(window, "actionExportBundle")
        self.import_results = _action(window, "actionImportResults")
        self.relay_bundle = _action(window, "actionRelayBundle")
        separators = [action for action in menu.actions() if action.isSeparator()]
        if separators:
            menu.insertAction(separators[0], self.read_card)
        else:
            menu.addAction(self.read_card)
        menu.addSeparator()
        menu.addActions([self.export_bundle, self.import_results, self.relay_bundle])
        self._signed_in = False
        self._exports = False  # the role may export bundles (and import their results)
        self._enrolled = False  # the cache is connected to a registry
        self._apply()

    def retranslate(self) -> None:
        self.read_card.setText(self.tr("Read a card from a &picture…"))
        self.export_bundle.setText(self.tr("&Export changes to a USB drive…"))
        self.import_results.setText(self.tr("&Import results bundle…"))
        self.relay_bundle.setText(self.tr("&Relay a field laptop's bundle…"))

    def set_signed_in(self, signed_in: bool) -> None:
        self._signed_in = signed_in
        self._apply()

    def configure(self, *, exports: bool, enrolled: bool) -> None:
        """What the logged-in session may use: export and import need the role and a
        registry; relaying needs a registry."""
        self._exports, self._enrolled = exports, enrolled
        self._apply()

    def _apply(self) -> None:
        self.read_card.setEnabled(self._signed_in)
        bundles = self._signed_in and self._enrolled
        for action in (self.export_bundle, self.import_results):
            action.setVisible(self._exports)
            action.setEnabled(bundles and self._exports)
        self.relay_bundle.setEnabled(bundles)
