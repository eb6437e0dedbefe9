//! The built-in gazetteer files, compiled into the binary so that the default
//! run needs no files at run time. Order matters only for overrides: a later
//! file's entry replaces an earlier one with the same id.

/// `(file name, contents)` of every built-in entity file.
pub(super) const FILES: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../gazetteers/countries.tsv"),
    ),
    ("cities.tsv", include_str!("../../gazetteers/cities.tsv")),
    ("regions.tsv", include_str!("../../gazetteers/regions.tsv")),
    (
        "organizations.tsv",
        include_str!("../../gazetteers/organizations.tsv"),
    ),
    ("people.tsv", include_str!("../../gazetteers/people.tsv")),
    ("policy.tsv", include_str!("../../gazetteers/policy.tsv")),
];
