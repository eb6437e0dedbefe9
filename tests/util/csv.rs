//! A strict RFC 4180 reader, shared by the export tests and the `export`
//! fuzz target (`#[path]`-included there): the `csv` crate accepts what a
//! spreadsheet or `neo4j-admin` may not (a bare LF, a quote inside an
//! unquoted field), and these checks are about exactly that.

/// Splits RFC 4180 CSV (CRLF-ended records, quoted fields) into records of
/// fields; `None` if it is malformed.
pub fn records(s: &str) -> Option<Vec<Vec<String>>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            (false, ',') => {
                record.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                was_quoted = false;
            }
            (false, '"' | '\r' | '\n') => return None,
            (false, c) => field.push(c),
        }
    }
    (!quoted && field.is_empty() && record.is_empty()).then_some(records)
}
