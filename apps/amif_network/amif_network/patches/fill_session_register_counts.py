"""Sessions saved before they kept their register counts get them from their register lines."""

from amif_network.amif_network.figures import fill_register_counts


def execute():
	fill_register_counts()
