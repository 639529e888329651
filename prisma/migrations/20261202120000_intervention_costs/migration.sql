-- Costs per family in the currency the source gives them, with the source: the euro-only amount becomes an
-- amount with its ISO 4217 currency (every existing amount is in euros, so it is kept and marked EUR), and the
-- source of the cost gets its own field. Nothing is converted.

ALTER TABLE "Intervention" RENAME COLUMN "costPerFamilyEur" TO "costPerFamily";
ALTER TABLE "Intervention" ADD COLUMN "costCurrency" TEXT,
ADD COLUMN "costSourceUrl" TEXT;

UPDATE "Intervention" SET "costCurrency" = 'EUR' WHERE "costPerFamily" IS NOT NULL;

-- An amount always names its currency, and a currency belongs to an amount.
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_costCurrency_iso4217"
  CHECK ("costCurrency" ~ '^[A-Z]{3}$');
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_cost_has_currency"
  CHECK (("costPerFamily" IS NULL) = ("costCurrency" IS NULL));

-- Provenance notes name the field by its path in the public record.
UPDATE "FieldProvenance" SET path = 'costPerFamily' WHERE path = 'costPerFamilyEur';
