package sample;

import java.util.ArrayList;
import java.util.List;

/** What a customer is about to buy. */
public final class Basket {

	private final List<Line> lines = new ArrayList<>();

	public Basket add(Product product, int quantity) {
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.product().name().equals(product.name())) {
				lines.set(i, new Line(product, line.quantity() + quantity));
				return this;
			}
		}
		lines.add(new Line(product, quantity));
		return this;
	}

	public int count() {
		int count = 0;
		for (Line line : lines) {
			count += line.quantity();
		}
		return count;
	}

	public Money total() {
		Money total = Money.of(0);
		for (Line line : lines) {
			total = total.plus(line.total());
		}
		return total;
	}

	public boolean needsShipping() {
		return lines.stream().anyMatch(line -> line.product().shipped());
	}

	public List<String> describe() {
		List<String> descriptions = new ArrayList<>();
		lines.forEach(line -> descriptions.add(line.describe()));
		return descriptions;
	}
}
