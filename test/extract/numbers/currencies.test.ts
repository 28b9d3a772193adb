import { test } from 'node:test';
import { expectOne, expectQuantities } from './expect.js';

test('dollar signs of other countries: HK$, A$, C$, S$, NZ$, US$ and MX$', () => {
  expectQuantities('Hong Kong raised HK$8.8 billion while Canberra set aside A$45 million.', [
    { text: 'HK$8.8 billion', value: 8.8e9, unit: 'HKD' }, { text: 'A$45 million', value: 45e6, unit: 'AUD' },
  ]);
  expectQuantities('Ottawa pledged C$ 400m, Singapore S$1.5bn and Wellington NZ$99.', [
    { text: 'C$ 400m', value: 4e8, unit: 'CAD' }, { text: 'S$1.5bn', value: 1.5e9, unit: 'SGD' }, { text: 'NZ$99', value: 99, unit: 'NZD' },
  ]);
  expectQuantities('The bond paid US$3 million and MX$120 in fees.', [
    { text: 'US$3 million', unit: 'USD' }, { text: 'MX$120', value: 120, unit: 'MXN' },
  ]);
});

test('currency signs beyond $, € and £: ¥, ₹, ₩, ₽, ₦, ₺, ฿', () => {
  expectQuantities('Toyota earned ¥2.3 trillion and Samsung ₩6.6 trillion.', [
    { value: 2.3e12, unit: 'JPY' }, { value: 6.6e12, unit: 'KRW' },
  ]);
  expectQuantities('Reliance spent ₹79,000 crore; Sberbank made ₽1.5 trillion.', [
    { text: '₹79,000 crore', value: 7.9e11, unit: 'INR' }, { value: 1.5e12, unit: 'RUB' },
  ]);
  expectQuantities("Nigeria's budget of ₦21.8 trillion, Turkey's ₺2 trillion and Thailand's ฿3.3 trillion.", [
    { unit: 'NGN' }, { unit: 'TRY' }, { unit: 'THB' },
  ]);
});

test('abbreviations before the number, spaced, dotted or written against it: RM, Rs, Rp, KSh', () => {
  expectQuantities('Petronas paid RM1.2bil in dividends and Maybank raised RM 500 million.', [
    { text: 'RM1.2bil', value: 1.2e9, unit: 'MYR' }, { text: 'RM 500 million', value: 5e8, unit: 'MYR' },
  ]);
  expectQuantities('The state allocated Rs.5,000 crore and Rs 12 lakh to the scheme.', [
    { text: 'Rs.5,000 crore', value: 5e10, unit: 'INR' }, { text: 'Rs 12 lakh', value: 1.2e6, unit: 'INR' },
  ]);
  expectQuantities('Jakarta set aside Rp 5,000 billion; Nairobi KSh 100 million.', [
    { unit: 'IDR' }, { text: 'KSh 100 million', unit: 'KES' },
  ]);
});

test('ISO codes before or after the number, in capitals', () => {
  expectQuantities('The fund holds USD 5 million and EUR 200, and lent 700 million GBP.', [
    { text: 'USD 5 million', unit: 'USD' }, { text: 'EUR 200', unit: 'EUR' }, { text: '700 million', value: 7e8, unit: 'GBP' },
  ]);
  expectQuantities('Exports reached 5.2 billion THB and imports MYR 3 billion.', [
    { text: '5.2 billion', unit: 'THB' }, { text: 'MYR 3 billion', unit: 'MYR' },
  ]);
  expectQuantities('The price was 5 million euros or 3 billion yen or 2.5 billion ringgit.', [
    { unit: 'EUR' }, { unit: 'JPY' }, { unit: 'MYR' },
  ]);
});

test('codes that are also words or names in capitals are not currencies', () => {
  expectOne('the COP 28 summit in Dubai', { kind: 'identifier' });
  expectOne('TOP 10 stories of the year', { unit: null });
  expectOne('the SDG 5 target', { unit: null });
  expectOne('ALL 5 of them', { kind: 'count', unit: null });
});

test('small coins: cents, pence, sen, paise', () => {
  expectQuantities('A stamp costs 80 pence and a coffee 90 cents.', [
    { text: '80', value: 80, unit: 'pence' }, { text: '90', value: 90, unit: 'cents' },
  ]);
  expectQuantities('AirAsia shares gained 5 sen while the rupee fell 14 paise.', [
    { text: '5', unit: 'sen', change: 'up' }, { text: '14', unit: 'paise', change: 'down' },
  ]);
  expectQuantities('The stock rose 12 cents to $4.50.', [{ text: '12', unit: 'cents', change: 'up' }, { text: '$4.50', value: 4.5, unit: 'USD' }]);
  expectOne('40 per cent', { kind: 'percent' });
});

test('signs written after the number: "80 €", "75€", "60 zł"', () => {
  expectQuantities('A barrel cost 80 € in Paris, 75€ in Berlin and 60 zł in Warsaw.', [
    { text: '80 €', unit: 'EUR' }, { text: '75€', unit: 'EUR' }, { text: '60', unit: 'PLN' },
  ]);
  expectQuantities('Tickets were 12 £ each', [{ text: '12 £', unit: 'GBP' }]);
  expectQuantities('between 5 € 10 and 20', [{ text: '5', unit: null }, { unit: 'EUR' }, { unit: null }]);
});

test('"£" transliterated as "PS" before an amount: PS3.5m, PS12,400, PS2bn; "PS5" stays a console', () => {
  expectQuantities('The striker signed for PS3.5m and earns PS12,400 a week.', [{ value: 3.5e6, unit: 'GBP' }, { value: 12_400, unit: 'GBP' }]);
  expectQuantities('The takeover was worth PS2bn.', [{ value: 2e9, unit: 'GBP' }]);
  expectQuantities('He queued for a PS5 and two PS4 controllers.', [{ value: 2 }]);
});

test('a minus sign after the currency sign: "$-50.8bn", "€-3m"', () => {
  expectQuantities('The balance fell to $-50.8bn in April.', [{ value: -50.8e9, unit: 'USD' }]);
  expectQuantities('Net income was €-3m against €12m a year earlier.', [{ value: -3e6, unit: 'EUR' }, { value: 12e6, unit: 'EUR' }]);
  expectQuantities('Cash flow of £-450,000 was reported.', [{ value: -450_000, unit: 'GBP' }]);
});
