//! The lasting navigation of a signed-in person: a bar at the bottom of a worker's phone
//! (home, supports, documents, interviews, help), a strip under the header for staff and
//! companies on a phone that becomes a side menu on a desk. Plain links rendered on the
//! server with the current section marked (`aria-current`), so it works without
//! JavaScript; the islands router renders it again on every page.

use leptos::prelude::*;
use leptos_i18n::t_string;
use leptos_router::hooks::use_location;

use crate::{auth::me, domain::Role, i18n::use_i18n, paths};

/// The sections of a role, in the order they are shown: (address, icon, label key).
/// `Admin` sees what staff see, and the accounts.
fn sections(role: Role) -> Vec<Section> {
    use Section as S;
    match role {
        Role::Worker => vec![
            S::new(paths::WORKER_HOME, Icon::Home, Label::Home),
            S::new(paths::MY_SUPPORTS, Icon::List, Label::Supports),
            S::new(paths::MY_DOCUMENTS, Icon::Document, Label::Documents),
            S::new(paths::MY_INTERVIEWS, Icon::Calendar, Label::Interviews),
            S::new(paths::MY_CONSULTATIONS, Icon::Chat, Label::Ask),
        ],
        Role::Company => vec![
            S::new(paths::COMPANY_HOME, Icon::Home, Label::Workers),
            S::new(
                paths::COMPANY_CONFIRMATIONS,
                Icon::List,
                Label::Confirmations,
            ),
            S::new(paths::NOTIFICATIONS, Icon::Chat, Label::Notifications),
            S::new(paths::HELP, Icon::Document, Label::Help),
        ],
        Role::Staff | Role::Admin => {
            let mut list = vec![
                S::new(paths::STAFF_HOME, Icon::Home, Label::Home),
                S::new(paths::STAFF_WORKERS, Icon::List, Label::Workers),
                S::new(paths::STAFF_COMPANIES, Icon::List, Label::Companies),
                S::new(paths::STAFF_CASELOAD, Icon::List, Label::Caseload),
                S::new(paths::STAFF_DASHBOARD, Icon::List, Label::Dashboard),
                S::new(paths::REVIEW_QUEUE, Icon::Document, Label::Review),
                S::new(paths::STAFF_INTERVIEWS, Icon::Calendar, Label::Interviews),
                S::new(paths::CONSULTATION_INBOX, Icon::Chat, Label::Consultations),
                S::new(paths::AUDIT_LOG, Icon::List, Label::Audit),
            ];
            if role == Role::Admin {
                list.push(S::new(
                    paths::STAFF_ORGANIZATION,
                    Icon::Home,
                    Label::Organization,
                ));
                list.push(S::new(paths::ACCOUNTS, Icon::Home, Label::Accounts));
            }
            list
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Section {
    href: &'static str,
    icon: Icon,
    label: Label,
}

impl Section {
    const fn new(href: &'static str, icon: Icon, label: Label) -> Self {
        Self { href, icon, label }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Icon {
    Home,
    List,
    Document,
    Calendar,
    Chat,
}

impl Icon {
    /// 24 × 24 outlines, drawn with the text colour.
    fn path(self) -> &'static str {
        match self {
            Self::Home => "M3 11 12 3l9 8v10h-6v-6H9v6H3Z",
            Self::List => "M4 5h16v2H4Zm0 6h16v2H4Zm0 6h10v2H4Z",
            Self::Document => "M6 2h8l5 5v15H6Zm7 1.5V8h4.5ZM8 12h8v1.5H8Zm0 4h8v1.5H8Z",
            Self::Calendar => "M7 2h2v2h6V2h2v2h3v18H4V4h3Zm-1 7v11h12V9Z",
            Self::Chat => "M4 4h16v12H8l-4 4Zm2 2v9.2L7.2 14H18V6Z",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Home,
    Supports,
    Documents,
    Interviews,
    Ask,
    Workers,
    Companies,
    Caseload,
    Organization,
    Confirmations,
    Notifications,
    Help,
    Dashboard,
    Review,
    Consultations,
    Audit,
    Accounts,
}

/// The section a page belongs to: the one whose address is the longest start of the
/// page's path (a home only for itself, as every other page starts with it).
fn current(sections: &[Section], path: &str) -> Option<usize> {
    sections
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            path == s.href
                || (!is_home(s.href)
                    && path
                        .strip_prefix(s.href)
                        .is_some_and(|rest| rest.starts_with('/')))
        })
        .max_by_key(|(_, s)| s.href.len())
        .map(|(at, _)| at)
}

fn is_home(href: &str) -> bool {
    matches!(
        href,
        paths::WORKER_HOME | paths::COMPANY_HOME | paths::STAFF_HOME
    )
}

/// Nothing for a visitor who is not signed in.
#[component]
pub fn SectionNav() -> impl IntoView {
    let i18n = use_i18n();
    let path = use_location().pathname.get_untracked();
    view! {
        <Suspense>
            {Suspend::new(async move {
                // Signed out, or the session could not be read: no menu, never an error.
                let Ok(Some(user)) = me().await else {
                    return ().into_any();
                };
                let list = sections(user.role);
                let at = current(&list, &path);
                let class = if user.role == Role::Worker { "site-nav bottom" } else { "site-nav side" };
                let label = t_string!(i18n, nav.label).to_string();
                view! {
                    <nav class=class aria-label=label>
                        <ul>
                            {list.into_iter().enumerate().map(|(n, section)| {
                                let text = label_text(i18n, section.label);
                                view! {
                                    <li>
                                        <a
                                            href=section.href
                                            // Always set ("false" on the others): the islands
                                            // router patches an attribute's value on the
                                            // next page but does not remove an attribute.
                                            aria-current=if at == Some(n) { "page" } else { "false" }
                                        >
                                            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                                                <path fill="currentColor" d=section.icon.path()></path>
                                            </svg>
                                            <span>{text}</span>
                                        </a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </nav>
                }
                .into_any()
            })}
        </Suspense>
    }
}

fn label_text(i18n: leptos_i18n::I18nContext<crate::i18n::Locale>, label: Label) -> String {
    match label {
        Label::Home => t_string!(i18n, nav.home),
        Label::Supports => t_string!(i18n, nav.supports),
        Label::Documents => t_string!(i18n, nav.documents),
        Label::Interviews => t_string!(i18n, nav.interviews),
        Label::Ask => t_string!(i18n, nav.ask),
        Label::Workers => t_string!(i18n, nav.workers),
        Label::Confirmations => t_string!(i18n, nav.confirmations),
        Label::Notifications => t_string!(i18n, nav.notifications),
        Label::Help => t_string!(i18n, nav.help),
        Label::Dashboard => t_string!(i18n, nav.dashboard),
        Label::Review => t_string!(i18n, nav.review),
        Label::Consultations => t_string!(i18n, nav.consultations),
        Label::Audit => t_string!(i18n, nav.audit),
        Label::Companies => t_string!(i18n, nav.companies),
        Label::Caseload => t_string!(i18n, nav.caseload),
        Label::Organization => t_string!(i18n, nav.organization),
        Label::Accounts => t_string!(i18n, nav.accounts),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(role: Role, path: &str) -> Option<&'static str> {
        let list = sections(role);
        current(&list, path).map(|at| list[at].href)
    }

    #[test]
    fn a_worker_page_marks_its_section() {
        assert_eq!(marked(Role::Worker, "/me"), Some("/me"));
        assert_eq!(marked(Role::Worker, "/me/documents"), Some("/me/documents"));
        assert_eq!(
            marked(Role::Worker, "/me/documents/passport"),
            Some("/me/documents")
        );
        assert_eq!(
            marked(Role::Worker, "/me/consultations/x"),
            Some("/me/consultations")
        );
        // A page of no section marks none, and a look-alike prefix is not a section.
        assert_eq!(marked(Role::Worker, "/help"), None);
        assert_eq!(marked(Role::Worker, "/me/documentsx"), None);
    }

    #[test]
    fn staff_pages_mark_the_longest_section() {
        assert_eq!(marked(Role::Staff, "/staff"), Some("/staff"));
        assert_eq!(
            marked(Role::Staff, "/staff/consultations/hours"),
            Some("/staff/consultations")
        );
        assert_eq!(
            marked(Role::Staff, "/staff/documents/1"),
            Some("/staff/documents")
        );
        // The home is marked only on itself; adding a worker is part of the workers.
        assert_eq!(
            marked(Role::Staff, "/staff/workers/new"),
            Some("/staff/workers")
        );
        assert_eq!(marked(Role::Staff, "/staff"), Some("/staff"));
    }

    #[test]
    fn only_an_admin_sees_the_accounts() {
        let has_accounts = |role| sections(role).iter().any(|s| s.href == paths::ACCOUNTS);
        assert!(has_accounts(Role::Admin));
        assert!(!has_accounts(Role::Staff));
        assert!(!has_accounts(Role::Company));
    }

    #[test]
    fn every_worker_section_is_one_of_theirs() {
        assert!(
            sections(Role::Worker)
                .iter()
                .all(|s| s.href.starts_with("/me"))
        );
    }
}
