//! The fields a refused plain form post typed, shown again by the page it returns to, so
//! that nothing typed is lost. `form::flash` keeps them in the server-side session, never
//! in the address (issue 17: typed text in a `Location` header ends up in the browser's
//! history and in proxy logs); the server takes them out for the page's own request before
//! the app renders it, so a page reads them at once, without waiting on the session.

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

    /// The value of `name` as the form showed it: what came back, else `current`.
    pub fn or(&self, name: &str, current: Option<String>) -> String {
        self.get(name)
            .map(str::to_owned)
            .or(current)
            .unwrap_or_default()
    }

    /// The value of `name`, or the empty text.
    pub fn text(&self, name: &str) -> String {
        self.or(name, None)
    }
}

/// The fields a refused form left for this page (empty in the browser build, which
/// never renders a page from the server's request).
pub fn returned_fields() -> ReturnedFields {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<ReturnedFields>().cloned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        ReturnedFields::default()
    }
}
