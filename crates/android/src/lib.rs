//! Reading what an Android phone says about itself: the output of `dumpsys`, `pm`, `settings`,
//! `getprop` and `ps`, from a phone read live over adb or from an acquisition made earlier
//! (androidqf folder or zip, MVT's `android_data` dumps, a bugreport).
//!
//! - [`model`]: the parsed observations ([`DeviceState`]) the checks work on.
//! - [`read_dump`]: one dump's text, of a given [`DumpKind`], into a [`DeviceState`] (what the
//!   live adb reader calls for each command's output).
//! - [`read_acquisition`]: a whole acquisition, its kind recognised, into a [`DeviceState`].
//! - One module per format, each with `parse(text) -> (what it says, lines not understood)`:
//!   [`getprop`], [`settings`], [`pm_list`], [`dumpsys_package`], [`accessibility`],
//!   [`device_policy`], [`appops`], [`ps`], [`deviceidle`], [`androidqf`]; [`sections`] splits
//!   combined dumps (androidqf's `dumpsys.txt`, a bugreport's dumpstate).
//!
//! Dumps come from many Android versions and vendors: parsers never panic, keep what they
//! understand, and list what they did not in [`SourceRead::not_understood`].

pub mod accessibility;
pub mod acquisition;
pub mod androidqf;
pub mod appops;
mod bounded;
pub mod device_policy;
pub mod deviceidle;
pub mod dump;
pub mod dumpsys_package;
pub mod getprop;
mod merge;
pub mod model;
pub mod pm_list;
pub mod ps;
pub mod sections;
pub mod settings;
mod text;

pub use acquisition::{AcquisitionError, AcquisitionKind, read_acquisition};
pub use dump::{DumpKind, read_dump};
pub use model::{
    Accessibility, AccessibilityServiceSeen, CertificateSeen, ComponentName, DeviceFile,
    DevicePolicy, DeviceState, FileSeen, Launcher, Package, Process, ServiceSeen,
    SettingsNamespace, SourceRead,
};
