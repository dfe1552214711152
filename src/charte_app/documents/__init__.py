"""Documents: Jinja2 templates → neutral structure → DOCX, PDF and HTML.

The public API is :mod:`charte_app.documents.service`. Importing this package
imports neither Jinja2, reportlab nor python-docx: the writers load them on
first use, so the application starts without paying for them.
"""
