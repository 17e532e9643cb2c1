"""BackCare's editable content: the information sheet, checklists, consent text, style, icons.

Loaded through importlib.resources so it ships inside the wheel. The clinic edits these files,
not code; `intake.content` validates them and names the file and line of any mistake.
"""
