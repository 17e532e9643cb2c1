"""BackCare user interface (Qt). Calls intake/ for every query."""
