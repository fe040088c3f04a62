-- A promise to pay (付款承諾) has an amount and a currency, the customer's by default (DOMAIN §9);
-- paid_amount counts the payments posted since, each converted into the promise's currency at its
-- payment date's rate. Promises recorded before carry their customer's currency.
alter table payment_promise add column currency varchar(3);
update payment_promise set currency = (select c.currency from collection_case k join customer c
    on c.customer_no = k.customer_no where k.id = payment_promise.case_id);
