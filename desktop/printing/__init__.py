"""Printed paper: the acknowledgement slip of an application, and its QR code."""
