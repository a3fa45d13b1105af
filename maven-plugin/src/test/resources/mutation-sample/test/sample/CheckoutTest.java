package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckoutTest {

	private static Checkout checkout;
	private static Basket basket;

	@BeforeAll
	static void setUp() {
		checkout = new Checkout(new PercentDiscount(10));
		basket = new Basket().add(new Book("Dune", Money.of(2000)), 2);
	}

	@Test
	void netTakesTheDiscountOff() {
		assertEquals(3600, checkout.net(basket).cents());
	}

	@Test
	void vatIsOnTheNetTotal() {
		assertEquals(684, checkout.vat(basket, "DE").cents());
	}

	@Test
	void grossAddsVatAndShipping() {
		assertEquals(3600 + 720 + 1290, checkout.gross(basket, "FR").cents());
	}

	@Test
	void noDeliveryAbroadOutsideTheList() {
		assertThrows(IllegalArgumentException.class, () -> checkout.gross(basket, "US"));
	}

	@Test
	void receiptListsLinesTotalAndDiscount() {
		assertEquals("2 x Dune = 47.79 EUR (10% off)", checkout.receipt(basket, "DE"));
	}

	@Test
	void aDiscountLargerThanTheTotalMakesItFree() {
		Checkout generous = new Checkout(new ThresholdDiscount(Money.of(1), Money.of(99999)));
		assertEquals(0, generous.net(basket).cents());
	}
}
