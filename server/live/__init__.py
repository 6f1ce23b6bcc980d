"""The live meeting: Socket.IO events for joining, talking and running a meeting."""
