"""What travels to and from partners who do not have the application: XLSX forms, their answers,
and the remarks of a Word copy. No Qt: the CLI and the window call the same functions."""
