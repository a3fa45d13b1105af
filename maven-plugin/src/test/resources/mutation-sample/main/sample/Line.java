package sample;

/** One product in a basket, some number of times. */
public final class Line {

	private final Product product;
	private final int quantity;

	public Line(Product product, int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("quantity must be positive: " + quantity);
		}
		this.product = product;
		this.quantity = quantity;
	}

	public Product product() {
		return product;
	}

	public int quantity() {
		return quantity;
	}

	public Money total() {
		return product.price().times(quantity);
	}

	public String describe() {
		return quantity + " x " + product.name();
	}
}
