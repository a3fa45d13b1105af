package sample;

public class PercentDiscount implements Discount {

	private final int percentage;

	public PercentDiscount(int percentage) {
		if (percentage < 0 || percentage > 100) {
			throw new IllegalArgumentException("percentage out of range: " + percentage);
		}
		this.percentage = percentage;
	}

	@Override
	public Money apply(Money total) {
		return total.minus(total.percent(percentage));
	}

	@Override
	public String describe() {
		return percentage + "% off";
	}
}
