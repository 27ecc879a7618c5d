//! HTTP tests of the router, without a network: one test binary (linking the server once
//! is the slow part of a test build), one module per subject.

mod accounts;
mod audit_log;
mod authz;
mod caseload;
mod companies;
mod consultation_atomicity;
mod consultations;
mod deliveries;
mod desk;
mod document_review;
mod document_sharing;
mod documents;
mod employment_end;
mod file_safety;
mod forms;
mod homes;
mod identity;
mod interview_dead_end;
mod interview_records;
mod interviews;
mod invitation_page;
mod invitations;
mod new_worker_form;
mod onboarding;
mod organization;
mod pages;
mod paths;
mod plans;
mod redirects;
mod rendering;
mod returned_forms;
mod sign_in_throttle;
mod stay;
mod support;
mod view_audit;
