//! The fields a refused plain form post typed, shown again by the page it returns to, so
//! that nothing typed is lost (`form::flash` keeps them in the session, not the address).

/// Named values of a form, as the browser sent them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReturnedFields(Vec<(String, String)>);

impl ReturnedFields {
    pub fn new(fields: Vec<(String, String)>) -> Self {
        Self(fields)
    }

    /// The value of `name`, if it came back.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The fields a refused form left for `page` (read once; nothing in the browser build,
/// where pages are never rendered).
pub async fn returned_fields(page: String) -> ReturnedFields {
    #[cfg(feature = "ssr")]
    {
        let taken = match crate::auth::request_session() {
            Ok(session) => crate::form::flash::take(&session, &page).await,
            Err(error) => Err(error),
        };
        // Without them the page still shows the refusal; only the typed text is missing.
        taken.unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = page;
        ReturnedFields::default()
    }
}
