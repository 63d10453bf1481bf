"""PDF documents made with reportlab (Qt-free)."""
