import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/locale.js';

function parsed(value: string | undefined): CalendarDate | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A day picker in the page's language (React Aria: keyboard, screen readers and the calendar's words in Spanish come
 * with it), typed segment by segment or chosen on a calendar. Gives `YYYY-MM-DD`, or undefined when cleared.
 */
export function DayPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (day: string | undefined) => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <I18nProvider locale={locale === 'es' ? 'es-ES' : 'en-GB'}>
      <DatePicker
        className="day-picker"
        value={parsed(value)}
        onChange={(day) => onChange(day ? day.toString() : undefined)}
      >
        <Label>{label}</Label>
        <Group className="day-picker-group">
          <DateInput className="day-picker-input">
            {(segment) => <DateSegment segment={segment} className="day-picker-segment" />}
          </DateInput>
          <Button className="day-picker-button" aria-label={intl.formatMessage({ id: 'date.openCalendar' })}>
            ▾
          </Button>
        </Group>
        <Popover className="day-picker-popover">
          <Dialog aria-label={label}>
            <Calendar>
              <header className="day-picker-header">
                <Button slot="previous">‹</Button>
                <Heading />
                <Button slot="next">›</Button>
              </header>
              <CalendarGrid>
                {(date) => <CalendarCell date={date} className="day-picker-cell" />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
