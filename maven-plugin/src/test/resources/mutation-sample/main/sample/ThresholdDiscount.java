package sample;

/** A fixed reduction once the total reaches a threshold. */
public class ThresholdDiscount implements Discount {

	private final Money threshold;
	private final Money reduction;

	public ThresholdDiscount(Money threshold, Money reduction) {
		this.threshold = threshold;
		this.reduction = reduction;
	}

	@Override
	public Money apply(Money total) {
		if (total.compareTo(threshold) >= 0) {
			return total.minus(reduction);
		}
		return total;
	}
}
