//! The cause of issue 16's page in two languages, shown on one thread: a server function's
//! handler makes its owner with `Owner::new()` (leptos_axum 0.8 `handle_server_fns_inner`),
//! which becomes a child of whatever owner the thread ran last, and a page's render leaves
//! its root owner there. The function then reads the page's contexts (its reader's
//! language, its user) as its own. Under [`super::isolated`] it reads only its own.

use leptos::{
    prelude::{provide_context, use_context},
    reactive::owner::Owner,
};

/// A context one request provides and another must never see.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ReaderLanguage(&'static str);

/// What the server-function handler does, then what it finds without providing it.
fn a_handler_reads() -> Option<ReaderLanguage> {
    Owner::new().with(use_context::<ReaderLanguage>)
}

#[tokio::test(flavor = "current_thread")]
async fn a_server_function_sees_the_last_page_of_its_thread_unless_isolated() {
    // A Vietnamese worker's page rendered on this thread, its root left current.
    let page = Owner::new_root(None);
    page.set();
    provide_context(ReaderLanguage("vi"));

    // The next request on the thread, a company user's server function: it inherits the
    // worker's language (the leak).
    assert_eq!(a_handler_reads(), Some(ReaderLanguage("vi")));
    // Polled under a root owner of its own (every request is, `own_task`): nothing leaks.
    assert_eq!(super::isolated(async { a_handler_reads() }).await, None);
    // And its own contexts stay its own.
    let own = super::isolated(async {
        provide_context(ReaderLanguage("ja"));
        a_handler_reads()
    })
    .await;
    assert_eq!(own, Some(ReaderLanguage("ja")));
}
