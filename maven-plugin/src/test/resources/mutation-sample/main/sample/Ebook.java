package sample;

public class Ebook extends Book {

	public Ebook(String title, Money price) {
		super(title, price);
	}

	@Override
	public boolean shipped() {
		return false;
	}
}
