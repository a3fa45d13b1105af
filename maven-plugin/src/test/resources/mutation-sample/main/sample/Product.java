package sample;

/** Something the shop sells. */
public class Product {

	private final String name;
	private final Money price;

	public Product(String name, Money price) {
		this.name = name;
		this.price = price;
	}

	public String name() {
		return name;
	}

	public Money price() {
		return price;
	}

	public String category() {
		return "goods";
	}

	public boolean shipped() {
		return true;
	}

	public String label() {
		return category() + ": " + name + " at " + price;
	}
}
