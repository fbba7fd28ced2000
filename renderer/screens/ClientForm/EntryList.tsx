import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import type { MouseEvent } from 'react';
import { pastedLines } from './pastedLines';

export interface Entry {
  /** Stable across edits and removals, so React keeps focus in the right input. */
  id: number;
  value: string;
}

interface Props {
  testId: string;
  label: string;
  description: string;
  placeholder: string;
  entries: Entry[];
  inputType: 'tel' | 'email';
  inputLabel(n: number): string;
  removeLabel(n: number): string;
  addLabel: string;
  /** A message for the whole list (e.g. too many entries). */
  groupError?: string;
  errorAt(index: number): string | undefined;
  /** The entry just added with the button: it gets the focus. */
  focusId?: number;
  onChange(index: number, value: string): void;
  /** Several lines pasted into one entry (a column from Excel): one entry each. */
  onPasteLines(index: number, lines: string[]): void;
  onBlur(index: number): void;
  onAdd(): void;
  onRemove(index: number): void;
}

/** Several phones or emails: one input per entry, each with its own message underneath. */
export function EntryList(props: Props) {
  const { entries } = props;
  return (
    <Input.Wrapper
      label={props.label}
      description={props.description}
      error={props.groupError}
      data-testid={props.testId}
    >
      <Stack gap="xs" mt={6}>
        {entries.map((entry, index) => (
          <Group key={entry.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              type={props.inputType}
              aria-label={props.inputLabel(index + 1)}
              placeholder={props.placeholder}
              value={entry.value}
              onChange={(e) => props.onChange(index, e.currentTarget.value)}
              onPaste={(e) => {
                const lines = pastedLines(e.clipboardData.getData('text'));
                if (!lines) return;
                e.preventDefault();
                props.onPasteLines(index, lines);
              }}
              onBlur={() => props.onBlur(index)}
              error={props.errorAt(index)}
              data-testid={`${props.testId}-${index}`}
              autoComplete="off"
              autoFocus={entry.id === props.focusId}
            />
            {entries.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size={36}
                aria-label={props.removeLabel(index + 1)}
                title={props.removeLabel(index + 1)}
                onClick={() => props.onRemove(index)}
              >
                <span aria-hidden style={{ fontSize: 20, lineHeight: 1 }}>
                  ×
                </span>
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            onMouseDown={keepFocus}
            onClick={props.onAdd}
            data-testid={`${props.testId}-add`}
          >
            + {props.addLabel}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

/**
 * Leaving an entry reveals its message, which moves the buttons below it down; if the
 * mousedown took the focus, the mouseup would land beside the button and the click be lost.
 * Keeping the focus where it is until the click has happened avoids that.
 */
export function keepFocus(event: MouseEvent): void {
  event.preventDefault();
}
