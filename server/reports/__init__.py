"""Reports rendered on the server (charts as SVG), shared by the staff and admin pages."""
