"""Python code compiled from forms/*.ui by pyside6-uic (scripts/build_assets.py); never edit by hand."""
