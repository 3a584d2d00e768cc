// Lookups and orderings the read statements use.
CREATE INDEX film_title_key IF NOT EXISTS FOR (n:Film) ON (n.titleKey);
CREATE INDEX film_year IF NOT EXISTS FOR (n:Film) ON (n.year);
CREATE INDEX review_created_at IF NOT EXISTS FOR (n:Review) ON (n.createdAt);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
