-- Schema 12: people's names per locale, as experts have them (expert_names): the same person
-- is spelled "Tom Reid", "Том Рид" and "Թոմ Ռիդ". A page shows the name of its own locale
-- under the article and in its JSON-LD, or users.display_name where there is none
-- (core/domain/User: displayNameIn). Existing people keep their display name and have no
-- per-locale names until an admin gives them.
CREATE TABLE user_names (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    locale  TEXT NOT NULL REFERENCES locales(code),
    name    TEXT NOT NULL,
    PRIMARY KEY (user_id, locale)
);
