"""Facilitation toolkit: plain Python, no Flask, no database.

Pacing clock, sharing rounds, hand queue, message screening and curriculum parsing.
Nothing here imports from ``server``.
"""
