"""Services: the only code that writes. One function, one transaction; emits after commit."""
