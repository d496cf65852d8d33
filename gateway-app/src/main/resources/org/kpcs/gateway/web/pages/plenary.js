'use strict';
/* The Plenary's public record: the Chair, the next meeting and its agenda, review missions, concern markers. */
const approvals = (record) => (record.approvals || []).map((a) => a.participantCode).join(', ');

async function loadMeeting() {
  const box = document.getElementById('meeting');
  const body = await KP.json('/api/plenary');
  if (!body.date) {
    box.replaceChildren(KP.el('h2', {}, 'Next Plenary'), KP.el('p', { id: 'no-plenary' }, 'No Plenary to come is recorded.'));
    return;
  }
  const moved = body.movedFrom ? `; moved from ${body.movedFrom} with ${body.proposalsMoved || 0} proposal(s)` : '';
  box.replaceChildren(KP.el('h2', {}, 'Next Plenary'),
    KP.el('p', { id: 'next-plenary' }, `${body.date} at ${body.venue}, recorded by the Chair (${body.recordedByParticipant})${moved}`));
}

async function loadPlenary() {
  try {
    await loadMeeting();
    const chair = await KP.json('/api/chair');
    KP.table('chair', `The Chair: ${chair.chairParticipant || 'not recorded'}`, chair.handOvers || [], [
      ['From', (h) => h.fromParticipant],
      ['To', (h) => h.toParticipant],
      ['Term', (h) => String(h.year || '')],
      ['When', (h) => KP.when(h.handedOverAt)],
    ], '/api/chair?csv=handOvers');
    const agenda = (await KP.json('/api/modifications')).proposals || [];
    KP.table('agenda', 'Proposed modifications', agenda, [
      ['Plenary', (m) => m.plenaryDate],
      ['Title', (m) => m.title],
      ['By', (m) => m.participant],
      ['Proposed', (m) => m.proposedOn],
      ['Days before', (m) => String(m.daysBeforePlenary || 0), 'num'],
      ['Notice', (m) => (m.shortNotice ? `short (first for ${m.firstPlenaryDate})` : 'in time')],
      ['Approved by', approvals],
      ['Decision', (m) => (m.adopted ? `ADOPTED ${m.adoptedOn}` : 'open')],
    ], '/api/modifications?csv=proposals');
    const missions = (await KP.json('/api/missions')).missions || [];
    KP.table('missions', 'Review missions', missions, [
      ['Mission', (m) => m.id],
      ['To', (m) => m.participant],
      ['State', (m) => KP.status((m.state || '').replace('MISSION_', ''))],
      ['Recommended', (m) => m.proposedOn],
      ['Approved by', approvals],
      ['Completed', (m) => m.completedOn || ''],
      ['Report', (m) => (m.reportFiledOn ? `${m.reportFiledOn} ${m.reportMet ? 'MET' : `MISSED by ${m.reportDaysLate} day(s)`}`
        : (m.reportOverdue ? 'OVERDUE' : (m.reportDue ? `due ${m.reportDue}` : '')))],
      ['Comments', (m) => m.commentsFiledOn || ''],
    ], '/api/missions?csv=missions');
    const concerns = (await KP.json('/api/concerns')).concerns || [];
    KP.table('concerns', 'Compliance concerns', concerns, [
      ['Concern', (c) => c.id],
      ['State', (c) => KP.status((c.state || '').replace('CONCERN_STATE_', ''))],
      ['Raised by', (c) => c.raisedByParticipant],
      ['Raised', (c) => c.raisedOn],
      ['Chair informed', (c) => c.chair],
      ['Entries', (c) => String(c.entries || 0), 'num'],
      ['Closed', (c) => c.closedOn || ''],
    ], '/api/concerns?csv=concerns');
  } catch (e) {
    KP.fail('agenda', e);
  }
}

loadPlenary();
KP.live(null, loadPlenary);
