"""Reusable input widgets and binding helpers shared by the wizard's steps.

Each widget checks what is typed as the user types and says what is wrong in
French, next to the field; only valid values ever reach the editor (and so the
model).
"""
