/** Outgoing mail over SMTP (SMTP_URL), for password resets. */
import nodemailer from "nodemailer";

export type Mail = { from: string; to: string; subject: string; text: string };

export async function sendMail(smtpUrl: string, mail: Mail): Promise<void> {
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    await transport.sendMail(mail);
  } finally {
    transport.close();
  }
}
