"""Qt widgets only: they show and collect, and call app.services for every rule."""
