import { useState } from 'react';
import type { LocalFileLoadReport } from '../../ingest/local/local-report';
import { CodeMappingStep } from './CodeMappingStep';
import { ColumnMappingForm } from './ColumnMappingForm';
import { LoadingPanel } from './LoadingPanel';
import type { LocalImport } from './use-local-import';
import { useValidationReports } from './validation-reports-store';
import { ValidationReport } from './ValidationReport';
import './local-import.css';

/**
 * The local extract flow over the main area: the column form, the code step, or the load's
 * progress with Cancel; once idle, the last load's validation report until it is closed.
 */
export function LocalImportPanel({ flow }: { flow: LocalImport }) {
  const { step } = flow;
  const reports = useValidationReports();
  const [closed, setClosed] = useState<LocalFileLoadReport | null>(null);
  const latest = reports[reports.length - 1];
  if (step.kind === 'idle') {
    if (!latest || latest === closed) return null;
    return (
      <div className="local-import-overlay">
        <section className="panel local-form" aria-label="Validation report">
          <div className="actions">
            <h2>Validation report</h2>
            <button type="button" onClick={() => setClosed(latest)} data-testid="close-validation">
              Close
            </button>
          </div>
          <ValidationReport report={latest} />
        </section>
      </div>
    );
  }
  return (
    <div className="local-import-overlay">
      {step.kind === 'reading' && (
        <section className="panel local-form" role="status">
          <h2>{step.file.name}</h2>
          <p>{step.what}</p>
        </section>
      )}
      {step.kind === 'columns' && (
        <ColumnMappingForm
          key={`${step.file.name}|${step.preview.sheet ?? ''}`}
          preview={step.preview}
          why={step.file.why}
          initial={step.initial}
          onSheet={(sheet) => void flow.chooseSheet(sheet)}
          onConfirm={(mapping) => void flow.confirmColumns(mapping)}
          onSkip={flow.skipFile}
        />
      )}
      {step.kind === 'codes' && (
        <CodeMappingStep
          key={step.file.name}
          fileName={step.file.name}
          columnMapping={step.columnMapping}
          codes={step.codes}
          initial={step.initial}
          onBack={() => void flow.backToColumns()}
          onLoad={(mapping) => void flow.confirmCodes(mapping)}
        />
      )}
      {step.kind === 'loading' && (
        <LoadingPanel
          fileName={step.file.name}
          mappingName={step.mappingName}
          onCancel={flow.cancel}
        />
      )}
    </div>
  );
}
