//! Where to find help: the organisations, phone lines and web sites a report points to. They
//! differ by country and by the organisation running unstalk, so they are never in the code or
//! the catalogues: a JSON file names them (`--contacts FILE` or `UNSTALK_CONTACTS`), for example
//!
//! ```json
//! [{"name": "Local domestic violence helpline", "phone": "+00 000 000", "website": "example.org",
//!   "note": "free, 24 hours, does not show on the phone bill"}]
//! ```
//!
//! Web sites are printed as text, never as links: a report must not make the reader's device
//! contact anything.

use serde::Deserialize;

/// One place to find help.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    /// Opening hours, cost, languages, what to expect.
    #[serde(default)]
    pub note: Option<String>,
}

/// A contacts file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error(
    "the contacts file {path} cannot be used: {why} (expected a JSON list of {{\"name\", \"phone\", \"website\", \"note\"}})"
)]
pub struct ContactsError {
    pub path: String,
    pub why: String,
}

/// The contacts in `text` (the JSON of file `path`).
///
/// # Errors
/// When it is not a list of contacts.
pub fn parse_contacts(text: &str, path: &str) -> Result<Vec<Contact>, ContactsError> {
    serde_json::from_str(text).map_err(|error| ContactsError {
        path: path.to_owned(),
        why: error.to_string(),
    })
}

/// One line per contact: name, phone, web site, note.
pub fn contact_line(contact: &Contact) -> String {
    let mut parts = vec![contact.name.clone()];
    parts.extend(contact.phone.clone());
    parts.extend(contact.website.clone());
    parts.extend(contact.note.clone());
    parts.join(" — ")
}
