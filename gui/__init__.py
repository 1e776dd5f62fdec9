"""The Qt front end. It only renders what `core` computes; it arrives with the GUI issue."""
