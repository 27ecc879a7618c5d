-- The worker's identity and status (issue 20), as the residence card, the passport and
-- every filing name them. The name as in the passport stays `family_name`/`given_name`;
-- the nationality stays `nationality`; the passport's expiry stays `passport_expiry`
-- (set by staff here, or on accepting an upload). Companies read the numbers by their last
-- 4 characters only, and none of the personal facts (birth date, sex, address).

-- フリガナ, optional.
ALTER TABLE workers ADD COLUMN name_katakana TEXT;
ALTER TABLE workers ADD COLUMN birth_date DATE;
-- domain::Sex::code(), as the card prints 男/女.
ALTER TABLE workers ADD COLUMN sex TEXT CHECK (sex IN ('male', 'female'));
-- 在留カード番号, domain::ResidenceCardNumber (AB12345678CD).
ALTER TABLE workers ADD COLUMN residence_card_number TEXT;
ALTER TABLE workers ADD COLUMN passport_number TEXT;
-- 住居地: postal code as 7 digits (no hyphen), and the address as written.
ALTER TABLE workers ADD COLUMN postal_code TEXT;
ALTER TABLE workers ADD COLUMN address TEXT;
-- domain::JobCategory::code(), a category of the worker's field.
ALTER TABLE workers ADD COLUMN job_category TEXT;
-- The languages the worker understands, any language, one per line as staff wrote them.
ALTER TABLE workers ADD COLUMN languages TEXT;

-- A card belongs to one person: two workers of an organization never share one (and a
-- bulk import finds a worker again by it).
CREATE UNIQUE INDEX workers_card_number_idx ON workers (organization_id, residence_card_number)
    WHERE residence_card_number IS NOT NULL;
