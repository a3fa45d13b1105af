package sample;

/** A reduction of a basket's net total. */
public interface Discount {

	Money apply(Money total);

	default String describe() {
		return "discount";
	}

	static Discount none() {
		return total -> total;
	}
}
