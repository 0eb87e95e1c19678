//! The one path by which readers add values to a set: normalise, attach provenance, and turn
//! a bad value into a [`Diagnostic`] instead of a failure.

use crate::error::{Diagnostic, Severity};
use crate::model::{Indicator, IndicatorKind, IndicatorSet, Provenance, Role};
use crate::normalize::normalize;

/// A set being read from one file, with the diagnostics found so far.
#[derive(Debug, Default)]
pub struct SetBuilder {
    pub set: IndicatorSet,
    pub diagnostics: Vec<Diagnostic>,
    /// The file being read, as diagnostics should name it.
    pub file: String,
}

/// Where a value sits in its file, for diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Location {
    pub line: Option<u64>,
    pub record: Option<String>,
}

/// What a reader knows about one value before normalisation.
#[derive(Debug, Clone)]
pub struct RawIndicator<'a> {
    pub kind: IndicatorKind,
    pub value: &'a str,
    pub family: Option<&'a str>,
    pub role: Option<Role>,
    pub label: Option<&'a str>,
    pub provenance: Provenance,
}

impl SetBuilder {
    pub fn new(file: impl Into<String>) -> SetBuilder {
        SetBuilder {
            file: file.into(),
            ..SetBuilder::default()
        }
    }

    /// Normalises and adds a value; an invalid one is reported and skipped. Returns whether it
    /// was added.
    pub fn push(&mut self, raw: RawIndicator<'_>, at: &Location) -> bool {
        match normalize(raw.kind, raw.value) {
            Ok(value) => {
                self.set.indicators.push(Indicator {
                    kind: raw.kind,
                    value,
                    family_kind: raw.family.and_then(|name| self.latest_family_kind(name)),
                    family: raw.family.map(str::to_owned),
                    role: raw.role,
                    label: raw.label.map(str::to_owned),
                    provenance: raw.provenance,
                });
                true
            }
            Err(error) => {
                self.report(
                    Severity::Error,
                    "value.invalid",
                    at,
                    format!("{error}; skipped"),
                );
                false
            }
        }
    }

    /// The kind of the most recently added family called `name`: readers add a family and then
    /// its values, so this is the family the values belong to even when a feed uses one name
    /// for two kinds.
    fn latest_family_kind(&self, name: &str) -> Option<crate::model::FamilyKind> {
        // From the end: the family is almost always the one just added, and the name index is
        // not kept up to date while a feed is read.
        self.set
            .families_named(name)
            .next_back()
            .map(|family| family.kind)
    }

    /// Records a diagnostic at `at`.
    pub fn report(
        &mut self,
        severity: Severity,
        code: &'static str,
        at: &Location,
        message: impl Into<String>,
    ) {
        self.diagnostics.push(Diagnostic {
            severity,
            code,
            file: self.file.clone(),
            line: at.line,
            record: at.record.clone(),
            message: message.into(),
        });
    }

    /// Finishes reading: the set and its diagnostics.
    pub fn finish(self) -> crate::Loaded {
        crate::Loaded {
            set: self.set,
            diagnostics: self.diagnostics,
        }
    }
}
