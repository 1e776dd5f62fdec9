"""SNAP (Bank Indonesia's payment open-API standard) as OVO uses it.

Everything providers disagree on lives in `profile.SnapProfile`, never in code.
"""
