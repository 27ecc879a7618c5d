//! Which of a worker's records make a task, and in what order: pure, so every rule is
//! tested without a database (`read.rs` reads the records).

use super::WorkerTask;
use crate::{
    consultations::ConsultationItem,
    documents::DocumentSet,
    domain::{DocumentStatus, ExpiryAlert, interview_standing},
    interviews::NextInterview,
    supports::WorkerPlan,
};

/// The worker's tasks: urgent ones first, then in the order a worker meets them (replies,
/// expiries, the interview, documents sent back, supports, documents never sent).
pub fn worker_tasks(
    documents: &DocumentSet,
    interview: &NextInterview,
    plan: &WorkerPlan,
    consultations: &[ConsultationItem],
) -> Vec<WorkerTask> {
    let mut tasks: Vec<WorkerTask> = consultations
        .iter()
        .filter(|c| c.unread)
        .map(|c| WorkerTask::ReadReply {
            consultation: c.id,
            category: c.category,
        })
        .collect();
    let mut again = Vec::new();
    let mut never = Vec::new();
    for line in &documents.kinds {
        let waiting = line.status() == Some(DocumentStatus::WaitingForReview);
        let renew = match (line.alert, line.expires_on) {
            (Some(alert), Some(expires_on)) if alert != ExpiryAlert::Fine && !waiting => {
                Some(WorkerTask::Renew {
                    document: line.kind,
                    expires_on,
                    alert,
                })
            }
            _ => None,
        };
        if let Some(task) = renew {
            // Renewing means sending the new one: no second line for the same document.
            tasks.push(task);
            continue;
        }
        match line.status() {
            None => never.push(WorkerTask::Send {
                document: line.kind,
            }),
            Some(
                DocumentStatus::ResubmissionRequested
                | DocumentStatus::Rejected
                | DocumentStatus::Withdrawn,
            ) => again.push(WorkerTask::SendAgain {
                document: line.kind,
            }),
            Some(DocumentStatus::WaitingForReview | DocumentStatus::Accepted) => {}
        }
    }
    if let Some(booking) = &interview.booking {
        tasks.push(WorkerTask::Interview {
            starts_at: booking.slot.starts_at,
        });
    } else if let Some(due_on) = interview.due_on {
        // Not booked: urgent from 2 weeks before the due date (`domain::interview_standing`).
        tasks.push(WorkerTask::BookInterview {
            due_on,
            urgent: interview_standing(due_on, None, interview.today).urgent(),
        });
    }
    tasks.append(&mut again);
    tasks.extend(
        plan.lines
            .iter()
            .filter(|line| line.awaits_worker())
            .filter_map(|line| {
                line.kind.map(|kind| WorkerTask::Acknowledge {
                    support: line.id,
                    kind,
                })
            }),
    );
    tasks.append(&mut never);
    // A stable sort: the order above holds within the urgent and the other tasks.
    tasks.sort_by_key(|task| !task.urgent());
    tasks
}

#[cfg(test)]
mod tests;
