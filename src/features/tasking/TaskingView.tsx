import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import { datasetQuery } from '../../queries/summary';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import type { ExploreFilter } from '../filters/explore-filter';
import { toIncidentFilter } from '../filters/explore-filter';
import { CountingStatement } from '../counting/CountingStatement';
import { useUrlState } from '../url-state/use-url-state';
import { ActionLogPanel } from './ActionLogPanel';
import { openMeetingMode } from './meeting-url';
import { boundaryRingsBng } from './boundary-outline';
import { CandidateList } from './CandidateList';
import { LeadAgencyList } from './LeadAgencyList';
import { MeetingMonthPicker } from './MeetingMonthPicker';
import { NominatePanel } from './NominatePanel';
import { PackExports } from './PackExports';
import type { Pack } from '../../tasking/pack/pack-model';
import { SettingsForm } from './SettingsForm';
import { StateFilePanel } from './StateFilePanel';
import { TargetDetail } from './TargetDetail';
import { TargetsTable } from './TargetsTable';
import { studyAreaInput } from '../../reports/hotspots/study-area';
import type { TaskingPart } from './tasking-url';
import { TASKING_PARTS, TASKING_URL } from './tasking-url';
import { usePackBuilder } from './use-pack-builder';
import { useTaskingState } from './use-tasking-state';
import './tasking.css';

interface Props {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
}

const PART_LABEL: Record<TaskingPart, string> = {
  candidates: 'Candidates',
  targets: 'Targets',
  nominate: 'Nominate a place',
  actions: 'Action log',
  settings: 'Settings',
  state: 'Save, import, delete',
};

/** The monthly tasking: candidates, targets with their lifecycle, nominations, settings, pack. */
export function TaskingView({ filter, boundaries }: Props) {
  const { db, version } = useDatabase();
  const incidentFilter = useMemo(() => toIncidentFilter(filter), [filter]);
  const [view, setView] = useUrlState(TASKING_URL);
  const tasking = useTaskingState();
  const dataset = useQuery(datasetQuery(db, version)).data;
  const covered = useMemo(() => dataset?.months.covered ?? [], [dataset]);
  const month = view.meetingMonth ?? covered[covered.length - 1] ?? null;
  const outline = useMemo(() => boundaryRingsBng(boundaries), [boundaries]);
  const studyArea = useMemo(() => studyAreaInput(boundaries), [boundaries]);
  const [selected, setSelected] = useState<string | null>(null);
  const { state, actions } = tasking;
  const packBuilder = usePackBuilder(incidentFilter, boundaries);

  const openTarget = (id: string) => {
    setSelected(id);
    setView((v) => ({ ...v, part: 'targets' }));
  };

  async function buildPack(): Promise<Pack> {
    if (!state || !month) throw new Error('No meeting month yet');
    return packBuilder(state, month);
  }

  const target = state?.targets.find((t) => t.id === selected) ?? null;
  return (
    <div className="tasking" data-testid="tasking-view">
      {state && <LeadAgencyList state={state} />}
      <div className="tasking-bar">
        <MeetingMonthPicker
          value={month}
          months={covered}
          onChange={(m) => setView((v) => ({ ...v, meetingMonth: m }))}
        />
        <p className="tasking-save" role="status" data-testid="tasking-save-status">
          {tasking.saving
            ? 'Saving…'
            : tasking.saveError
              ? tasking.saveError
              : tasking.savedAt
                ? `Saved in this browser at ${new Date(tasking.savedAt).toLocaleTimeString('en-GB')}.`
                : state
                  ? 'Kept in this browser.'
                  : 'Opening the tasking state…'}
        </p>
        {state && month && (
          <button
            type="button"
            className="meeting-mode-button"
            onClick={() => openMeetingMode(month)}
          >
            Meeting mode…
          </button>
        )}
        {state && month && <PackExports state={state} month={month} buildPack={buildPack} />}
      </div>
      <CountingStatement filter={incidentFilter} />
      {tasking.loadProblem && (
        <p className="error" role="alert">
          {tasking.loadProblem} Import a state file, or delete the stored state, under “Save,
          import, delete”.
        </p>
      )}
      <nav className="tasking-parts" aria-label="Tasking">
        {TASKING_PARTS.map((part) => (
          <button
            key={part}
            type="button"
            aria-pressed={view.part === part}
            onClick={() => setView((v) => ({ ...v, part }))}
          >
            {PART_LABEL[part]}
            {part === 'targets' && state ? ` (${state.targets.length})` : ''}
            {part === 'actions' && state ? ` (${state.actions.length})` : ''}
          </button>
        ))}
      </nav>
      {!state ? (
        <p className="muted" role="status">
          Opening the tasking state…
        </p>
      ) : view.part === 'settings' ? (
        <SettingsForm settings={state.settings} onSave={actions.setSettings} />
      ) : view.part === 'state' ? (
        <StateFilePanel state={state} savedAt={tasking.savedAt} actions={actions} />
      ) : !month ? (
        <p className="muted" role="status">
          Load incident data to prepare a meeting.
        </p>
      ) : view.part === 'candidates' ? (
        <CandidateList
          state={state}
          month={month}
          filter={incidentFilter}
          studyArea={studyArea}
          outline={outline}
          actions={actions}
          onOpenTarget={openTarget}
        />
      ) : view.part === 'actions' ? (
        <ActionLogPanel state={state} month={month} />
      ) : view.part === 'targets' ? (
        <section aria-label="Targets">
          <TargetsTable targets={state.targets} selected={selected} onSelect={setSelected} />
          {target && (
            <TargetDetail
              target={target}
              month={month}
              bufferMetres={state.settings.bufferMetres}
              filter={incidentFilter}
              studyArea={studyArea}
              outline={outline}
              actions={actions}
            />
          )}
        </section>
      ) : (
        <NominatePanel
          month={month}
          recentMonths={state.settings.recentMonths}
          filter={incidentFilter}
          boundaries={boundaries}
          outline={outline}
          actions={actions}
          onOpenTarget={openTarget}
        />
      )}
    </div>
  );
}
