import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/app.tsx';
import { getSetting } from '../../src/storage/settings.ts';

describe('first visit', () => {
  it('asks for a name, refuses a blank one, and labels the session with it', async () => {
    const { user } = await renderApp();
    expect(await screen.findByRole('heading', { name: 'Welcome to Record Room' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Enter your name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('Your name'), '  Sam Rivera ');
    await user.type(screen.getByLabelText(/Student ID/), 'S-7731');
    await user.click(screen.getByRole('button', { name: 'Start' }));

    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Sam Rivera')).toBeInTheDocument();
    expect(within(header).getByText('(S-7731)')).toBeInTheDocument();
    expect(await getSetting('trainee')).toMatchObject({ name: 'Sam Rivera', studentId: 'S-7731' });
  });
});
