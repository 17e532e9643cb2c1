"""BackCare domain and storage. Imports no Qt widgets; SQL lives here."""

__version__ = "0.1.0"
