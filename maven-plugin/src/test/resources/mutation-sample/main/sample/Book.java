package sample;

public class Book extends Product {

	public Book(String title, Money price) {
		super(title, price);
	}

	@Override
	public String category() {
		return "book";
	}
}
